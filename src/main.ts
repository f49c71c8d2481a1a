import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { library } from './lib/state/library.svelte.ts';

// Bring the bundled articles into IndexedDB; views read from there and fill in as it lands.
void library.sync();

export default mount(App, { target: document.getElementById('app')! });

/// <reference types="svelte" />
/// <reference types="vite/client" />

/** The app's version, from package.json. */
declare const __APP_VERSION__: string;
/** When this build was made (ISO 8601), or the id a test gave it: tells two builds of one version apart. */
declare const __BUILD_ID__: string;

import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';

// jsdom lays nothing out, so it has no scrollIntoView; views call it to bring a detail into sight.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

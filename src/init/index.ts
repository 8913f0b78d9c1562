export { initSources, readHead, InitError, INIT_EXTENSIONS, type InitOptions, type InitResult } from './init.js';
export { guessPartnerType, guessDocType, guessYear, guessArea, normaliseName, roleFor } from './guess.js';

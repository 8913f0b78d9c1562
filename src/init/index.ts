export { initSources, InitError, INIT_EXTENSIONS, type InitOptions, type InitResult } from './init.js';
export { guessPartnerType, guessDocType, guessYear, guessArea, normaliseName, roleFor } from './guess.js';
export { readDocumentHead, type DocumentHead } from './read.js';
export { guessEntry } from './entry.js';
export { guessPublicationYear, guessBodyName, isPoliceAndCrimePlan, yearsIn } from './guess.js';

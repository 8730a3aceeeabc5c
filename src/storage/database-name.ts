// The name of the reader's IndexedDB database, apart from the storage code so the entry can look for it without
// fetching that code.
export const OWN_DATABASE = 'tabayyun';

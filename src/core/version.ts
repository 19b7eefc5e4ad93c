/** The app version written into new case files and exports. Kept in step with package.json by a test. */
export const APP_VERSION = '0.1.0';

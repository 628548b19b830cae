/** This app's version, as package.json says (a test keeps the two in step): written into `.mkit` packages. */
export const APP_VERSION = '0.1.0';
export const APP_PRODUCT_NAME = 'Media Kit Manager';

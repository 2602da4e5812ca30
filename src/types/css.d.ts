// Stylesheets imported for their side effect (KaTeX's, loaded with it on demand).
declare module '*.css';

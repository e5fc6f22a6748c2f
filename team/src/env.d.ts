/** Vite bundles the imported stylesheet into /team/app.css. */
declare module '*.css';

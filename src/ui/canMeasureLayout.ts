/**
 * Whether the page lays text out, so a textarea can measure its rows. jsdom (the DOM of most React
 * test suites) does not: antd's auto-sizing textarea then computes a NaN height and React logs an
 * error for it on every render, in the app's own tests too. There the textarea keeps its rows.
 */
export const canMeasureLayout = typeof navigator === 'undefined' || !navigator.userAgent.includes('jsdom');

// Demos are shared by the English and the /zh-CN pages of one single-page site, so pick text at render time, not at module load.
export function isZh(): boolean {
  return typeof window !== 'undefined' && window.location.pathname.startsWith('/zh-CN');
}

export function t(en: string, zh: string): string {
  return isZh() ? zh : en;
}

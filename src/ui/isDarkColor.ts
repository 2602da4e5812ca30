/** Whether a colour (hex or rgb()) is dark: an antd theme's `colorBgContainer` tells a dark theme. */
export function isDarkColor(color: string): boolean {
  let rgb: number[] = [];
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})/i.exec(color);
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d) : (hex[1].match(/../g) ?? []);
    rgb = digits.map((d) => parseInt(d, 16));
  } else {
    rgb = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  }
  if (rgb.length < 3) return false;
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2] < 128;
}

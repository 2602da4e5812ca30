/**
 * An element's height as laid out, fractional (rounded heights add up to a scroll height off by a
 * few pixels): its drawn height, unless a transform (an opening Modal's zoom) makes that differ
 * from the layout one, then offsetHeight.
 */
export function layoutHeight(element: HTMLElement, drawn = element.getBoundingClientRect().height): number {
  return Math.abs(drawn - element.offsetHeight) > 1 ? element.offsetHeight : drawn;
}

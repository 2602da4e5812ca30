import type { ConversationMeta } from '../../conversations/types';
import type { ProChatLocaleStrings } from '../../locale';

export interface ConversationGroup {
  key: string;
  label: string;
  items: ConversationMeta[];
}

const DAY = 86_400_000;

/**
 * The list (newest first) in date groups by `updatedAt`: Today, Yesterday, Previous 7 days,
 * Previous 30 days, then one group per month.
 */
export function groupByDate(
  list: readonly ConversationMeta[],
  strings: Pick<ProChatLocaleStrings, 'today' | 'yesterday' | 'previous7Days' | 'previous30Days'>,
  now = Date.now(),
  locale?: string,
): ConversationGroup[] {
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  const start = midnight.getTime();
  let month: Intl.DateTimeFormat | undefined;
  const groups: ConversationGroup[] = [];
  for (const meta of list) {
    const at = meta.updatedAt;
    let key: string;
    let label: string;
    if (at >= start) [key, label] = ['today', strings.today];
    else if (at >= start - DAY) [key, label] = ['yesterday', strings.yesterday];
    else if (at >= start - 7 * DAY) [key, label] = ['7', strings.previous7Days];
    else if (at >= start - 30 * DAY) [key, label] = ['30', strings.previous30Days];
    else {
      const date = new Date(at);
      key = `${date.getFullYear()}-${date.getMonth()}`;
      month ??= new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long' });
      label = month.format(date);
    }
    const last = groups[groups.length - 1];
    if (last?.key === key) last.items.push(meta);
    else groups.push({ key, label, items: [meta] });
  }
  return groups;
}

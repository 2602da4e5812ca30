import { reply } from '../chat/reply';

export const runtime = 'edge';
export const dynamic = 'force-dynamic';

export function POST(request) {
  return reply(request);
}

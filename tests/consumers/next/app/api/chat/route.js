import { reply } from './reply';

export const dynamic = 'force-dynamic';

export function POST(request) {
  return reply(request);
}

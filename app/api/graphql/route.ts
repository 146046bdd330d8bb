// POST /api/graphql (and GET for simple queries): the one API, for the UI and for API-token clients.
import type { NextRequest } from 'next/server';
import { graphqlHandler } from '@/graphql/http';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = (req: NextRequest) => graphqlHandler()(req);
export const POST = (req: NextRequest) => graphqlHandler()(req);

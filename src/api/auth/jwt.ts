import { createRemoteJWKSet, jwtVerify, JWTPayload, SignJWT } from 'jose';
import { z } from 'zod';
import type { AppConfig } from '../../config';
import { Actor, ROLES } from '../../domain/actor';
import { DomainError } from '../../domain/errors';

const claimsSchema = z.object({
  sub: z.string().min(1),
  role: z.enum(ROLES as [string, ...string[]]),
  analyst_id: z.number().int().positive().optional(),
  client_ids: z.array(z.number().int().positive()).optional(),
});

export type TokenVerifier = (token: string) => Promise<Actor>;

/**
 * Verifies bearer tokens: HS256 with the configured secret, or RS256/ES256 against the identity
 * provider's JWKS when JWT_JWKS_URL is set. Any failure is UNAUTHENTICATED; the reason is not leaked.
 */
export function createTokenVerifier(jwt: AppConfig['jwt']): TokenVerifier {
  const key = jwt.jwksUrl ? createRemoteJWKSet(new URL(jwt.jwksUrl)) : new TextEncoder().encode(jwt.secret ?? '');
  const algorithms = jwt.jwksUrl ? ['RS256', 'ES256'] : ['HS256'];
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, { issuer: jwt.issuer, audience: jwt.audience, algorithms }));
    } catch {
      throw DomainError.unauthenticated('The bearer token is invalid or expired');
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw DomainError.unauthenticated('The bearer token lacks a role or its ids');
    const { sub, role, analyst_id, client_ids } = claims.data;
    if (role === 'analyst' && !analyst_id) throw DomainError.unauthenticated('An analyst token must name analyst_id');
    return Object.freeze({ subject: sub, role: role as Actor['role'], analystId: analyst_id ?? null, clientIds: Object.freeze(client_ids ?? []) });
  };
}

export interface TokenClaims {
  role: Actor['role'];
  subject?: string;
  analystId?: number;
  clientIds?: number[];
  expiresIn?: string;
}

/**
 * Mints an HS256 development token.
 *
 * @example await mintToken(config.jwt, { role: 'analyst', analystId: 3 })
 */
export async function mintToken(jwt: AppConfig['jwt'], claims: TokenClaims): Promise<string> {
  if (!jwt.secret) throw new Error('Minting needs JWT_SECRET (tokens from a JWKS provider are minted by that provider)');
  const body: Record<string, unknown> = { role: claims.role };
  if (claims.analystId !== undefined) body.analyst_id = claims.analystId;
  if (claims.clientIds !== undefined) body.client_ids = claims.clientIds;
  return new SignJWT(body)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.subject ?? `${claims.role}${claims.analystId ? `:${claims.analystId}` : ''}`)
    .setIssuer(jwt.issuer)
    .setAudience(jwt.audience)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '30d')
    .sign(new TextEncoder().encode(jwt.secret));
}

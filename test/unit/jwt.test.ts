import { SignJWT } from 'jose';
import { createTokenVerifier, mintToken } from '../../src/api/auth/jwt';
import { loadConfig } from '../../src/config';

const { jwt } = loadConfig({ JWT_SECRET: 'a-test-secret-that-is-long-enough-for-hs256' });
const verify = createTokenVerifier(jwt);

describe('bearer tokens', () => {
  it('round-trips roles, the analyst and the clients', async () => {
    await expect(verify(await mintToken(jwt, { role: 'analyst', analystId: 7 }))).resolves.toEqual({ subject: 'analyst:7', role: 'analyst', analystId: 7, clientIds: [] });
    await expect(verify(await mintToken(jwt, { role: 'client_manager', clientIds: [2, 3] }))).resolves.toMatchObject({ role: 'client_manager', clientIds: [2, 3] });
  });

  it('refuses a token signed with another secret, expired, or of another audience', async () => {
    const other = loadConfig({ JWT_SECRET: 'another-secret-that-is-also-long-enough!' }).jwt;
    await expect(verify(await mintToken(other, { role: 'admin' }))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verify(await mintToken(jwt, { role: 'admin', expiresIn: '-1m' }))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const foreign = await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer(jwt.issuer).setAudience('elsewhere')
      .setExpirationTime('1h').sign(new TextEncoder().encode(jwt.secret!));
    await expect(verify(foreign)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses an unknown role and an analyst token without its analyst', async () => {
    const sign = (claims: Record<string, unknown>) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer(jwt.issuer)
      .setAudience(jwt.audience).setExpirationTime('1h').sign(new TextEncoder().encode(jwt.secret!));
    await expect(verify(await sign({ role: 'root' }))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verify(await sign({ role: 'analyst' }))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

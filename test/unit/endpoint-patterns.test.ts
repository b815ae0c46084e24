import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { hostMatches, hostOfUrlPrefix, isLoopbackHost, urlMatches } from '../../server/src/analysis/recipients/endpoint-patterns';

describe('host patterns', () => {
  it('matches subdomains at any depth with *., never the apex', () => {
    assert.equal(hostMatches('*.example.com', 'api.example.com'), true);
    assert.equal(hostMatches('*.example.com', 'a.b.example.com'), true);
    assert.equal(hostMatches('*.example.com', 'example.com'), false);
    assert.equal(hostMatches('*.example.com', 'badexample.com'), false);
    assert.equal(hostMatches('community.visma.com', 'community.visma.com'), true);
    assert.equal(hostMatches('community.visma.com', 'x.community.visma.com'), false);
  });

  it('knows loopback hosts', () => {
    for (const h of ['localhost', '127.0.0.1', '127.8.9.10', '[::1]', '::1', 'api.localhost']) assert.equal(isLoopbackHost(h), true, h);
    for (const h of ['128.0.0.1', 'localhost.example.com', '10.0.0.1']) assert.equal(isLoopbackHost(h), false, h);
  });

  it('finds the host in a URL prefix only when it is complete', () => {
    assert.equal(hostOfUrlPrefix('https://api.acme.io/v1/', false), 'api.acme.io');
    assert.equal(hostOfUrlPrefix('https://user:pw@api.acme.io:8443/x', true), 'api.acme.io');
    assert.equal(hostOfUrlPrefix('https://api.', false), undefined);
    assert.equal(hostOfUrlPrefix('https://api.acme.io', true), 'api.acme.io');
  });
});

describe('URL patterns', () => {
  it('* stays within a segment, ** crosses segments', () => {
    assert.equal(urlMatches('https://api.example.com/v2/**', 'https://api.example.com/v2/users/42'), true);
    assert.equal(urlMatches('https://api.example.com/v2/*', 'https://api.example.com/v2/users'), true);
    assert.equal(urlMatches('https://api.example.com/v2/*', 'https://api.example.com/v2/users/42'), false);
    assert.equal(urlMatches('https://api.example.com/v2/**', 'https://api.example.com/v3/users'), false);
    assert.equal(urlMatches('https://api.example.com/v2/users', 'https://api.example.com/v2/users?id=1'), true);
  });

  it('stays fast on patterns built to backtrack', () => {
    const pattern = 'https://x/' + '*a'.repeat(40) + '**b';
    const start = process.hrtime.bigint();
    urlMatches(pattern, 'https://x/' + 'a'.repeat(5000) + 'c');
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    assert.ok(ms < 2000, `took ${ms} ms`);
  });
});

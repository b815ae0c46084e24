import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { bookingRouter } from './booking';

const app = new Koa();
app.proxy = true; // behind the load balancer: ctx.ip comes from X-Forwarded-For

app.use(async (ctx, next) => {
  const started = Date.now();
  try {
    await next();
  } catch (err) {
    ctx.status = (err as { status?: number }).status ?? 500;
    ctx.body = { feil: ctx.status === 500 ? 'intern feil' : (err as Error).message };
    if (ctx.status === 500) ctx.app.emit('error', err, ctx);
  } finally {
    console.log(`${ctx.method} ${ctx.path} ${ctx.status} ${Date.now() - started}ms`);
  }
});

app.use(bodyParser({ jsonLimit: '100kb' }));

const health = new Router();
health.get('/healthz', (ctx) => {
  ctx.body = { ok: true };
});

app.use(health.routes());
app.use(bookingRouter.routes()).use(bookingRouter.allowedMethods());

app.on('error', (err) => console.error('unhandled', err));

app.listen(Number(process.env.PORT ?? 8080));

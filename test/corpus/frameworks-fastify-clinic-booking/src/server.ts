import Fastify from 'fastify';
import cors from '@fastify/cors';
import { bookingRoutes } from './routes/bookings';

const app = Fastify({
  logger: { level: process.env.LOG_LEVEL ?? 'info', redact: ['req.headers.authorization'] },
  trustProxy: true,
});

await app.register(cors, { origin: ['https://fysio.example'] });
await app.register(bookingRoutes, { prefix: '/api' });

app.setErrorHandler((err, request, reply) => {
  request.log.error({ err }, 'request failed');
  reply.code(err.statusCode ?? 500).send({ error: err.statusCode ? err.message : 'internal_error' });
});

try {
  await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
} catch (err) {
  app.log.error(err);
  process.exit(1);
}

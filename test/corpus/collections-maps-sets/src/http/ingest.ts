import express from 'express';
import { store, type CartItem } from '../worker/cart-store';

export const ingestRouter = express.Router();

ingestRouter.post('/carts/:customerId', express.json(), (req, res) => {
  const { email, items } = req.body as { email: string; items: CartItem[] };
  if (!Array.isArray(items) || typeof email !== 'string') {
    res.status(400).json({ error: 'bad_cart' });
    return;
  }
  store.upsert({
    customerId: req.params.customerId,
    email,
    items,
    totalNok: items.reduce((sum, i) => sum + i.priceNok * i.quantity, 0),
    updatedAt: Date.now(),
  });
  if (req.ip) store.rememberIp(req.ip);
  res.status(204).end();
});

ingestRouter.get('/carts/stats', (_req, res) => {
  res.json({ carts: store.carts.size, skus: store.skuCounts.size });
});

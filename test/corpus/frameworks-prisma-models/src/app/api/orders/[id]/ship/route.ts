import { NextResponse } from 'next/server';
import { WebClient } from '@slack/web-api';
import { prisma } from '../../../../../lib/db';

const SHIPMONDO = 'https://app.shipmondo.com/api/public/v3/shipments';
const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

export async function POST(_req: Request, { params }: { params: { id: string } }) {
  const order = await prisma.order.findUnique({
    where: { id: params.id },
    include: { customer: true, items: true },
  });
  if (!order) return NextResponse.json({ error: 'not_found' }, { status: 404 });
  if (order.status !== 'PAID') return NextResponse.json({ error: 'not_paid' }, { status: 409 });

  const res = await fetch(SHIPMONDO, {
    method: 'POST',
    headers: { Authorization: `Basic ${process.env.SHIPMONDO_AUTH}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      product_code: 'PDK_MC',
      receiver: {
        name: order.customer.name,
        address1: order.customer.street,
        zipcode: order.customer.postalCode,
        email: order.customer.email,
        country_code: 'NO',
      },
      parcels: order.items.map((item) => ({ weight: item.weightGrams })),
    }),
  });
  if (!res.ok) return NextResponse.json({ error: 'carrier_rejected' }, { status: 502 });

  await prisma.order.update({ where: { id: order.id }, data: { status: 'SHIPPED' } });
  await slack.chat.postMessage({ channel: '#lager', text: `Ordre ${order.id} er booket: ${order.items.length} kolli` });

  return NextResponse.json({ shipped: true });
}

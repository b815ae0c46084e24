import amqp, { Channel, ConfirmChannel } from 'amqplib';

const SKY_MEGLER = 'amqps://rat.rmq2.cloudamqp.com/nettbutikk';
const LOKAL_MEGLER = 'amqp://localhost:5672';

let skyKanal: Promise<ConfirmChannel> | undefined;
let lokalKanal: Promise<Channel> | undefined;

/** Kanal mot CloudAMQP, der lager- og fraktsystemene til logistikkpartnerne lytter. */
export function hentSkyKanal(): Promise<ConfirmChannel> {
  skyKanal ??= (async () => {
    const tilkobling = await amqp.connect(SKY_MEGLER, {
      credentials: amqp.credentials.plain(process.env.AMQP_BRUKER ?? '', process.env.AMQP_PASSORD ?? ''),
      heartbeat: 30,
    });
    tilkobling.on('error', (feil) => console.error('CloudAMQP-tilkoblingen feilet', feil.message));
    const kanal = await tilkobling.createConfirmChannel();
    await kanal.assertExchange('ordre', 'topic', { durable: true });
    return kanal;
  })();
  return skyKanal;
}

/** RabbitMQ i docker-compose på samme vert: revisjonsspor for ordrer. */
export function hentLokalKanal(): Promise<Channel> {
  lokalKanal ??= (async () => {
    const tilkobling = await amqp.connect(LOKAL_MEGLER);
    const kanal = await tilkobling.createChannel();
    await kanal.assertQueue('ordre-revisjon', { durable: true });
    return kanal;
  })();
  return lokalKanal;
}

export function tilBuffer(innhold: unknown): Buffer {
  return Buffer.from(JSON.stringify(innhold), 'utf8');
}

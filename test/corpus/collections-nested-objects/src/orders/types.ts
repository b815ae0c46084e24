export interface Contact {
  email: string;
  phone: string;
}

export interface OrderCustomer {
  id: string;
  name: string;
  contact: Contact;
  preferences: { smsUpdates: boolean; language: 'nb' | 'en' };
}

export interface OrderLine {
  sku: string;
  quantity: number;
  weightGrams: number;
}

export interface Order {
  id: string;
  totalNok: number;
  customer: OrderCustomer;
  shipping: {
    address: { street: string; postalCode: string; city: string; country: 'NO' };
    method: 'pickup-point' | 'home-delivery';
  };
  lines: OrderLine[];
  package: { dimensions: { lengthCm: number; widthCm: number; heightCm: number } };
}

export function totalWeightKg(order: Order): number {
  return order.lines.reduce((sum, line) => sum + line.quantity * line.weightGrams, 0) / 1000;
}

export interface CartItem {
  sku: string;
  category: string;
  quantity: number;
  priceNok: number;
}

export interface Cart {
  customerId: string;
  email: string;
  items: CartItem[];
  totalNok: number;
  updatedAt: number;
}

/** In-memory state of the cart-recovery worker between two runs. */
export class CartStore {
  readonly carts = new Map<string, Cart>();
  readonly skuCounts = new Map<string, number>();
  readonly ipsSeen = new Set<string>();

  upsert(cart: Cart): void {
    const previous = this.carts.get(cart.customerId);
    for (const item of cart.items) {
      const before = previous?.items.find((i) => i.sku === item.sku)?.quantity ?? 0;
      this.skuCounts.set(item.sku, (this.skuCounts.get(item.sku) ?? 0) + item.quantity - before);
    }
    this.carts.set(cart.customerId, { ...cart, updatedAt: Date.now() });
  }

  rememberIp(ip: string): void {
    this.ipsSeen.add(ip);
  }

  abandonedSince(cutoff: number): Map<string, Cart> {
    return new Map([...this.carts].filter(([, cart]) => cart.updatedAt < cutoff && cart.items.length > 0));
  }

  clear(): void {
    this.carts.clear();
    this.skuCounts.clear();
    this.ipsSeen.clear();
  }
}

export const store = new CartStore();

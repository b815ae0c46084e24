export interface UserRow {
  id: string;
  email: string;
  name: string;
}

/** A thin stand-in for the generated Prisma client used by the app. */
export const prisma = {
  user: {
    async findUniqueOrThrow(args: { where: { id: string } }): Promise<UserRow> {
      const res = await fetch(`/internal/users/${args.where.id}`);
      return (await res.json()) as UserRow;
    },
  },
};

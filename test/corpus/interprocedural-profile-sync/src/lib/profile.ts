import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export interface Profile {
  userId: string;
  email: string;
  phoneNumber: string | null;
  fullName: string;
  locale: string;
}

export interface Preferences {
  theme: 'light' | 'dark' | 'system';
  locale: string;
  weeklyDigest: boolean;
}

export async function getProfile(userId: string): Promise<Profile> {
  const row = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, phone: true, displayName: true, locale: true },
  });
  return {
    userId: row.id,
    email: row.email,
    phoneNumber: row.phone,
    fullName: row.displayName,
    locale: row.locale ?? 'nb-NO',
  };
}

export async function loadPreferences(userId: string): Promise<Preferences> {
  const row = await prisma.preferences.findUnique({ where: { userId } });
  return {
    theme: (row?.theme as Preferences['theme']) ?? 'system',
    locale: row?.locale ?? 'nb-NO',
    weeklyDigest: row?.weeklyDigest ?? true,
  };
}

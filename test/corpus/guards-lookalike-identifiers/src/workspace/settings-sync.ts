import axios from 'axios';

const VITALLY = 'https://rest.vitally.io/resources/accounts';
const vitallyAuth = { headers: { Authorization: `Basic ${process.env.VITALLY_SECRET}` } };

export interface WorkspaceSettings {
  workspaceId: string;
  companyName: string;
  orgNumber: string;
  nameSpace: string;
  emailTemplateId: string;
  phoneVerified: boolean;
  emailVerifiedAt: string | null;
  addressBarVisible: boolean;
  lastNameFirst: boolean;
  dobFormat: 'dd.mm.yyyy' | 'yyyy-mm-dd';
  countryCode: string;
  userCount: number;
  employeeCount: number;
  customerTier: 'smb' | 'mid' | 'enterprise';
  senderDomain: string;
  logoFileName: string;
}

/** Account-level traits for the customer-success platform: the workspace, never its members. */
export async function syncWorkspaceTraits(ws: WorkspaceSettings): Promise<void> {
  await axios.post(
    VITALLY,
    {
      externalId: ws.workspaceId,
      name: ws.companyName,
      traits: {
        orgNumber: ws.orgNumber,
        nameSpace: ws.nameSpace,
        emailTemplateId: ws.emailTemplateId,
        phoneVerified: ws.phoneVerified,
        emailVerifiedAt: ws.emailVerifiedAt,
        addressBarVisible: ws.addressBarVisible,
        lastNameFirst: ws.lastNameFirst,
        dobFormat: ws.dobFormat,
        countryCode: ws.countryCode,
        userCount: ws.userCount,
        employeeCount: ws.employeeCount,
        customerTier: ws.customerTier,
        senderDomain: ws.senderDomain,
        logoFileName: ws.logoFileName,
      },
    },
    vitallyAuth,
  );
}

/** The workspace owner is a person: the CS platform keeps them as the account's primary contact. */
export async function syncPrimaryContact(workspaceId: string, ownerEmail: string, customerName: string): Promise<void> {
  await axios.post(
    `${VITALLY}/${workspaceId}/users`,
    { email: ownerEmail, name: customerName, role: 'owner' },
    vitallyAuth,
  );
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Organization as OrganizationView } from '@asaka/contracts';
import { AuditService, CommonErrors, defineErrors } from '@asaka/platform';
import type { Principal } from '@asaka/platform';

export const OrganizationErrors = defineErrors({
  CORPORATE_NUMBER_TAKEN: {
    status: 409,
    ja: 'この法人番号の事業者はすでに登録されています。事業者の担当者に招待を依頼してください。',
    en: 'An organization with this corporate number is already registered. Ask its owner to invite you.',
  },
});

const isStaff = (principal: Principal) => principal.roles.includes('staff') || principal.roles.includes('admin');

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The person who registers an organization becomes its owner. */
  async create(
    principal: Principal,
    input: { name: string; corporateNumber?: string; address: string; industry: string; employeeCount: number },
  ): Promise<OrganizationView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(
        `INSERT INTO organization (name, corporate_number, address, industry, employee_count)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (corporate_number) WHERE corporate_number IS NOT NULL DO NOTHING
         RETURNING id`,
        [input.name.normalize('NFKC'), input.corporateNumber ?? null, input.address.normalize('NFKC'), input.industry.normalize('NFKC'), input.employeeCount],
      )) as { id: string }[];
      if (!row) throw OrganizationErrors.CORPORATE_NUMBER_TAKEN();
      await manager.query(`INSERT INTO organization_member (organization_id, user_id, role) VALUES ($1, $2, 'owner')`, [row.id, principal.userId]);
      return row.id;
    });
    return this.get(principal, id);
  }

  /**
   * Members see their organization; staff see any, and their read is audited. Anyone else gets
   * 404, the same as for an organization that does not exist.
   */
  async get(principal: Principal, id: string): Promise<OrganizationView> {
    const [organization] = (await this.dataSource.query(
      `SELECT o.id, o.name, o.corporate_number, o.address, o.industry, o.employee_count,
              (SELECT m.role FROM organization_member m WHERE m.organization_id = o.id AND m.user_id = $2) AS my_role
       FROM organization o WHERE o.id = $1`,
      [id, principal.userId],
    )) as { id: string; name: string; corporate_number: string | null; address: string; industry: string; employee_count: number; my_role: 'owner' | 'member' | null }[];
    if (!organization || (organization.my_role === null && !isStaff(principal))) throw CommonErrors.NOT_FOUND();
    if (organization.my_role === null) await this.audit.recordRead(principal, 'organization', id);
    const members = (await this.dataSource.query(
      `SELECT m.user_id, u.display_name, m.role FROM organization_member m JOIN user_account u ON u.id = m.user_id
       WHERE m.organization_id = $1 ORDER BY m.role DESC, u.display_name`,
      [id],
    )) as { user_id: string; display_name: string; role: 'owner' | 'member' }[];
    return {
      id: organization.id,
      name: organization.name,
      corporateNumber: organization.corporate_number,
      address: organization.address,
      industry: organization.industry,
      employeeCount: organization.employee_count,
      myRole: organization.my_role,
      members: members.map((m) => ({ userId: m.user_id, displayName: m.display_name, role: m.role })),
    };
  }

  async mine(userId: string): Promise<{ id: string; name: string; role: 'owner' | 'member' }[]> {
    return this.dataSource.query(
      `SELECT o.id, o.name, m.role FROM organization_member m JOIN organization o ON o.id = m.organization_id WHERE m.user_id = $1 ORDER BY o.name`,
      [userId],
    );
  }
}

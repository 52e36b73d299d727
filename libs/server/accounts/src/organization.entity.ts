import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** 事業者: a shop, employer or landlord. People act for it as its members. */
@Entity('organization')
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** 法人番号, 13 digits with a verified check digit; sole proprietors have none. */
  @Index('organization_corporate_number_uq', { unique: true, where: 'corporate_number IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  corporateNumber!: string | null;

  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'text' })
  industry!: string;

  @Column({ type: 'integer' })
  employeeCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

import { DataTypes, Model, Sequelize, type CreationOptional, type InferAttributes, type InferCreationAttributes } from 'sequelize';

export const sequelize = new Sequelize(process.env.LOYALTY_DATABASE_URL ?? 'postgres://localhost/loyalty', {
  logging: false,
  pool: { max: 5, idle: 10_000 },
});

export type Tier = 'basic' | 'plus' | 'premium';

export class Member extends Model<InferAttributes<Member>, InferCreationAttributes<Member>> {
  declare id: CreationOptional<number>;
  declare email: string;
  declare phoneNumber: string | null;
  declare dateOfBirth: string | null;
  declare tier: Tier;
  declare points: number;
  declare updatedAt: CreationOptional<Date>;
}

Member.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    email: { type: DataTypes.STRING, allowNull: false, unique: true },
    phoneNumber: { type: DataTypes.STRING, allowNull: true },
    dateOfBirth: { type: DataTypes.DATEONLY, allowNull: true },
    tier: { type: DataTypes.ENUM('basic', 'plus', 'premium'), allowNull: false, defaultValue: 'basic' },
    points: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'members' },
);

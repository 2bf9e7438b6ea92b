import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { Role } from './roles.ts';

/** The roles, as a GraphQL enum (VIEWER, EDITOR, ADMIN; values as in roles.ts). */
export const RoleEnum = { VIEWER: 'viewer', EDITOR: 'editor', ADMIN: 'admin' } as const;
registerEnumType(RoleEnum, {
  name: 'Role',
  description:
    'viewer reads; editor also changes the graph; admin also manages accounts. A role given for an ' +
    'area replaces the deployment role in that area.',
});

@ObjectType({
  description: "An account's role in one area (it replaces the deployment role there).",
})
export class AreaRole {
  @Field(() => ID)
  areaId!: string;

  @Field(() => RoleEnum)
  role!: Role;
}

@ObjectType({ description: 'A local account (password hashes are never exposed).' })
export class Account {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Lower-case e-mail address; the sign-in name.' })
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => RoleEnum, {
    nullable: true,
    description: 'The deployment-wide role; null: area roles only.',
  })
  role!: Role | null;

  @Field(() => [AreaRole], { description: 'Roles per area, ordered by area id.' })
  areaRoles!: AreaRole[];

  @Field(() => Boolean, { description: 'A disabled account cannot sign in; its sessions ended.' })
  disabled!: boolean;
}

@InputType({ description: 'A new account (admin only).' })
export class CreateAccountInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true, description: 'Default: the part of the e-mail before @.' })
  displayName?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'At least 12 characters. Omit for an account that signs in only through OpenID Connect.',
  })
  password?: string | null;

  @Field(() => RoleEnum, { nullable: true, description: 'The deployment role; default viewer.' })
  role?: Role | null;
}

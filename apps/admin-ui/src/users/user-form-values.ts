import type { CreateUserDto, Role, UpdateUserDto } from '../api/types';

/** The user form: the DTO fields; a blank password on edit means "keep it". */
export interface UserFormValues {
  username: string;
  displayName: string;
  password?: string;
  roles: Role[];
  organizationId?: string;
  baseId?: string;
  /** Only picks the county whose streets are offered. */
  countyCode?: string;
  streetCode?: string;
}

const blank = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

export function toCreateUserDto(values: UserFormValues): CreateUserDto {
  return {
    username: values.username.trim(),
    displayName: values.displayName,
    password: values.password ?? '',
    roles: values.roles,
    organizationId: blank(values.organizationId),
    baseId: blank(values.baseId),
    streetCode: blank(values.streetCode),
  };
}

export function toUpdateUserDto(values: UserFormValues): UpdateUserDto {
  const { username: _username, password, ...rest } = toCreateUserDto(values);
  return { ...rest, password: blank(password) };
}

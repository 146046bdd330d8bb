// Simplified Chinese for the administration pages (departments, users, roles, logs).
export const adminZhCN = {
} as const;

export type AdminKey = keyof typeof adminZhCN;

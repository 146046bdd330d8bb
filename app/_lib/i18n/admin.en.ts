// English for the administration pages.
import type { AdminKey } from './admin.zh-CN';

export const adminEn: Record<AdminKey, string> = {
};

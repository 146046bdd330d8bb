// Custom values as a viewer may see them (字段权限): a field their roles hide is left out, a masked one keeps its
// label but shows only the masked form (张*** / 1***), so neither the value nor its options can be read back.
import type { Viewer } from '@/lib/access';
import { CUSTOM_FIELD_PREFIX, fieldMode } from '@/lib/fields/field-modes';
import { maskValue } from '@/lib/fields/mask';
import type { CustomValueView } from './values';

export function visibleCustomValues(viewer: Viewer | null, module: string, views: readonly CustomValueView[]): CustomValueView[] {
  return views.flatMap((view) => {
    const mode = fieldMode(viewer, module, `${CUSTOM_FIELD_PREFIX}${view.key}`);
    if (mode === 'HIDDEN') return [];
    if (mode !== 'MASKED') return [view];
    const masked = view.display === null ? null : String(maskValue('text', view.display));
    return [{ ...view, values: masked === null ? [] : [masked], display: masked }];
  });
}

import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the query asks for a nested field (e.g. ['input', 'text']) under the current one, through
 * fragments too. Used where merely answering a field has a consequence (auditing a view of
 * withheld words), so a list that does not show the words does not log that it did.
 */
export function selects(info: GraphQLResolveInfo, path: string[]): boolean {
  const walk = (set: SelectionSetNode | undefined, depth: number): boolean =>
    !!set &&
    set.selections.some((selection) => {
      if (selection.kind === 'Field') {
        if (selection.name.value !== path[depth]) return false;
        return depth === path.length - 1 || walk(selection.selectionSet, depth + 1);
      }
      if (selection.kind === 'InlineFragment') return walk(selection.selectionSet, depth);
      return walk(info.fragments[selection.name.value]?.selectionSet, depth);
    });
  return info.fieldNodes.some((node) => walk(node.selectionSet, 0));
}

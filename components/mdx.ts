/** Components every MDX page may use without importing them (docs/authoring.md). */
import Eq from './Eq.astro';
import Cite from './Cite.astro';
import DataTable from './DataTable.astro';

export const mdxComponents = { Eq, Cite, DataTable };

export { ApiExport } from './api-export.decorator';
export { columnsOf, labels, type ExportColumn, type ExportLanguage } from './export-column';
export { filter, filterById, sortFilter, type ExportFilters } from './export-filter';
export { exportQueryOf } from './export-query';
export { listExport, type ListExport } from './list-export';
export { ListExporter } from './list-exporter';
export { regionFilter, regionName } from './region-names';
export { priorityReasons, reasonWords } from './priority-words';

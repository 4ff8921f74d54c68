/**
 * Below antd's `lg` (992 px), as the Sider's own breakpoint tests it: the side menu becomes a
 * drawer over the page there. Read at once on the first render, so a phone never shows it open.
 */
export const NARROW_QUERY = '(max-width: 991.98px)';

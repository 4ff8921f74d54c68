import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import { RouterProvider } from 'react-router-dom';
import { ApiError } from './api/errors';
import { ACCESSIBLE_THEME } from './common/theme';
import { useAntdLocale } from './i18n/locale';
import { router } from './routes';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx answer (403 no access, 404) will not change on retry; network and 5xx may.
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});

export function App() {
  const locale = useAntdLocale();
  return (
    <ConfigProvider locale={locale} theme={ACCESSIBLE_THEME}>
      <AntdApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntdApp>
    </ConfigProvider>
  );
}

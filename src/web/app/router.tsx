import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  type RouteComponent,
  redirect,
} from '@tanstack/react-router';
import { type ComponentType, lazy, Suspense } from 'react';
import { canOpen, type Module } from '../auth/access';
import { SignInPage } from '../auth/SignInPage';
import { meQuery, useMe } from '../auth/session';
import { HomePage } from '../features/home/HomePage';
import { Loading } from '../ui/Loading';
import { AppLayout } from './AppLayout';
import { NoAccessPage } from './NoAccessPage';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

/**
 * A screen for some roles only. Others get the no-access page rather than a redirect, so a bookmarked link
 * explains itself; their browser never downloads the screen's code either.
 */
function Guarded({ module, page: Page }: { module: Module; page: ComponentType }) {
  const me = useMe();
  if (!canOpen(me.role, module)) return <NoAccessPage />;
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

const AccountPage = lazy(() => import('../features/account/AccountPage'));
const UsersPage = lazy(() => import('../features/users/UsersPage'));
const CentresPage = lazy(() => import('../features/centres/CentresPage'));
const ReferencePage = lazy(() => import('../features/reference/ReferencePage'));
const AuditPage = lazy(() => import('../features/audit/AuditPage'));
const WorkersPage = lazy(() => import('../features/workers/WorkersPage'));
const IntakePage = lazy(() => import('../features/workers/intake/IntakePage'));
const WorkerProfilePage = lazy(() => import('../features/workers/profile/WorkerProfilePage'));
const ReviewQueuePage = lazy(() => import('../features/dedup/ReviewQueuePage'));
const PairPage = lazy(() => import('../features/dedup/pair/PairPage'));
const ImportsPage = lazy(() => import('../features/imports/ImportsPage'));
const LegalCasesPage = lazy(() => import('../features/legal/LegalCasesPage'));
const MyCasesPage = lazy(() => import('../features/cases/MyCasesPage'));
const CaseloadsPage = lazy(() => import('../features/cases/CaseloadsPage'));
const TransfersPage = lazy(() => import('../features/cases/TransfersPage'));
const PartnersPage = lazy(() => import('../features/cases/PartnersPage'));
const LegalCasePage = lazy(() => import('../features/legal/LegalCasePage'));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const EmployersPage = lazy(() => import('../features/jobs/EmployersPage'));
const EmployerPage = lazy(() => import('../features/jobs/EmployerPage'));
const VacanciesPage = lazy(() => import('../features/jobs/VacanciesPage'));
const VacancyPage = lazy(() => import('../features/jobs/VacancyPage'));
const PlacementPage = lazy(() => import('../features/jobs/PlacementPage'));
const FollowUpsPage = lazy(() => import('../features/jobs/FollowUpsPage'));
const JobSettingsPage = lazy(() => import('../features/jobs/JobSettingsPage'));

const AccountRoute = () => <Guarded module="account" page={AccountPage} />;
const UsersRoute = () => <Guarded module="users" page={UsersPage} />;
const CentresRoute = () => <Guarded module="centres" page={CentresPage} />;
const ReferenceRoute = () => <Guarded module="reference" page={ReferencePage} />;
const AuditRoute = () => <Guarded module="audit" page={AuditPage} />;
const WorkersRoute = () => <Guarded module="workers" page={WorkersPage} />;
const IntakeRoute = () => <Guarded module="intake" page={IntakePage} />;
const WorkerProfileRoute = () => <Guarded module="workers" page={WorkerProfilePage} />;
const ReviewQueueRoute = () => <Guarded module="duplicates" page={ReviewQueuePage} />;
const PairRoute = () => <Guarded module="duplicates" page={PairPage} />;
const ImportsRoute = () => <Guarded module="imports" page={ImportsPage} />;
const LegalCasesRoute = () => <Guarded module="legal" page={LegalCasesPage} />;
const MyCasesRoute = () => <Guarded module="myCases" page={MyCasesPage} />;
const CaseloadsRoute = () => <Guarded module="caseloads" page={CaseloadsPage} />;
const TransfersRoute = () => <Guarded module="transfers" page={TransfersPage} />;
const PartnersRoute = () => <Guarded module="partners" page={PartnersPage} />;
const LegalCaseRoute = () => <Guarded module="legal" page={LegalCasePage} />;
const DashboardRoute = () => <Guarded module="dashboard" page={DashboardPage} />;
const EmployersRoute = () => <Guarded module="employers" page={EmployersPage} />;
const EmployerRoute = () => <Guarded module="employers" page={EmployerPage} />;
const VacanciesRoute = () => <Guarded module="vacancies" page={VacanciesPage} />;
const VacancyRoute = () => <Guarded module="vacancies" page={VacancyPage} />;
const PlacementRoute = () => <Guarded module="followUps" page={PlacementPage} />;
const FollowUpsRoute = () => <Guarded module="followUps" page={FollowUpsPage} />;
const JobSettingsRoute = () => <Guarded module="jobSettings" page={JobSettingsPage} />;

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({ component: Outlet });

/** Only same-site paths, so a crafted sign-in link cannot send someone to another site after signing in. */
const safeRedirect = (value: unknown): string | undefined =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : undefined;

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: safeRedirect(search.redirect),
  }),
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me) throw redirect({ to: search.redirect ?? '/' });
  },
  component: SignInPage,
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) {
      const target = location.href === '/' ? undefined : location.href;
      throw redirect({ to: '/sign-in', search: { redirect: target } });
    }
  },
  component: AppLayout,
  errorComponent: RouteError,
});

// Generic over the literal path, so the route tree keeps every path's type and links check their parameters.
const page = <Path extends string>(path: Path, component: RouteComponent) =>
  createRoute({ getParentRoute: () => appRoute, path, component });

const routeTree = rootRoute.addChildren([
  signInRoute,
  appRoute.addChildren([
    page('/', HomePage),
    page('/dashboard', DashboardRoute),
    page('/account', AccountRoute),
    page('/admin/users', UsersRoute),
    page('/admin/centres', CentresRoute),
    page('/admin/reference', ReferenceRoute),
    page('/audit', AuditRoute),
    page('/workers', WorkersRoute),
    page('/workers/new', IntakeRoute),
    page('/workers/$workerId', WorkerProfileRoute),
    page('/duplicates', ReviewQueueRoute),
    page('/duplicates/$a/$b', PairRoute),
    page('/imports', ImportsRoute),
    page('/legal-cases', LegalCasesRoute),
    page('/cases', MyCasesRoute),
    page('/cases/caseloads', CaseloadsRoute),
    page('/cases/transfers', TransfersRoute),
    page('/admin/partners', PartnersRoute),
    page('/legal-cases/$caseId', LegalCaseRoute),
    page('/employers', EmployersRoute),
    page('/employers/$employerId', EmployerRoute),
    page('/vacancies', VacanciesRoute),
    page('/vacancies/$vacancyId', VacancyRoute),
    page('/placements/$placementId', PlacementRoute),
    page('/follow-ups', FollowUpsRoute),
    page('/admin/job-settings', JobSettingsRoute),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultNotFoundComponent: NotFoundPage,
    defaultPendingComponent: Loading,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

import {
  IconAdjustments,
  IconArrowsExchange,
  IconArrowsJoin,
  IconBriefcase,
  IconBuildingCommunity,
  IconBuildingFactory2,
  IconBuildingHospital,
  IconCalendarCheck,
  IconChartBar,
  IconClipboardList,
  IconDatabase,
  IconFileImport,
  IconHistory,
  IconHome,
  IconScale,
  IconUserCircle,
  IconUserPlus,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Module } from '../auth/access';

export interface NavItem {
  module: Module;
  to:
    | '/'
    | '/dashboard'
    | '/workers'
    | '/workers/new'
    | '/duplicates'
    | '/imports'
    | '/legal-cases'
    | '/cases'
    | '/cases/caseloads'
    | '/cases/transfers'
    | '/admin/partners'
    | '/vacancies'
    | '/employers'
    | '/follow-ups'
    | '/admin/job-settings'
    | '/account'
    | '/admin/users'
    | '/admin/centres'
    | '/admin/reference'
    | '/audit';
  labelKey: string;
  icon: ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>;
}

export const NAV_ITEMS: NavItem[] = [
  { module: 'home', to: '/', labelKey: 'nav.home', icon: IconHome },
  { module: 'dashboard', to: '/dashboard', labelKey: 'dashboard.nav', icon: IconChartBar },
  { module: 'workers', to: '/workers', labelKey: 'nav.workers', icon: IconUsersGroup },
  { module: 'intake', to: '/workers/new', labelKey: 'nav.intake', icon: IconUserPlus },
  { module: 'duplicates', to: '/duplicates', labelKey: 'nav.duplicates', icon: IconArrowsJoin },
  { module: 'imports', to: '/imports', labelKey: 'imports.nav', icon: IconFileImport },
  { module: 'myCases', to: '/cases', labelKey: 'cases.nav.mine', icon: IconClipboardList },
  { module: 'caseloads', to: '/cases/caseloads', labelKey: 'cases.nav.caseloads', icon: IconUsersGroup },
  { module: 'transfers', to: '/cases/transfers', labelKey: 'cases.nav.transfers', icon: IconArrowsExchange },
  { module: 'legal', to: '/legal-cases', labelKey: 'legal.nav', icon: IconScale },
  { module: 'vacancies', to: '/vacancies', labelKey: 'jobs.nav.vacancies', icon: IconBriefcase },
  { module: 'employers', to: '/employers', labelKey: 'jobs.nav.employers', icon: IconBuildingFactory2 },
  { module: 'followUps', to: '/follow-ups', labelKey: 'jobs.nav.followUps', icon: IconCalendarCheck },
  { module: 'jobSettings', to: '/admin/job-settings', labelKey: 'jobs.nav.settings', icon: IconAdjustments },
  { module: 'users', to: '/admin/users', labelKey: 'nav.users', icon: IconUsers },
  { module: 'centres', to: '/admin/centres', labelKey: 'nav.centres', icon: IconBuildingCommunity },
  { module: 'partners', to: '/admin/partners', labelKey: 'cases.nav.partners', icon: IconBuildingHospital },
  { module: 'reference', to: '/admin/reference', labelKey: 'nav.reference', icon: IconDatabase },
  { module: 'audit', to: '/audit', labelKey: 'nav.audit', icon: IconHistory },
  { module: 'account', to: '/account', labelKey: 'nav.account', icon: IconUserCircle },
];

// Rectify's Tasklist configuration: replaces the webjar's default at the same path.
import { locales, vendor } from '../../../../rectify-webapps.js';

export default {
  app: { name: '任务列表', vendor },
  locales,
  // Tasklist names more formats than the other apps
  dateFormat: {
    monthName: 'M月',
    day: 'D',
    abbr: 'YYYY-MM-DD HH:mm',
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY-MM-DD dddd HH:mm',
    short: 'YYYY-MM-DD'
  },
  // loaded as ES modules from /camunda/app/tasklist/<entry>.js
  customScripts: ['scripts/rectify-tasklist'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '签收当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '转到第一个筛选器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '转到任务列表的第一项'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '转到表单的第一个输入项'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开发起流程对话框'
    }
  }
};

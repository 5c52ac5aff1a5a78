// The events a GitHub repository webhook can subscribe to (mosaic's webhook vocabulary is
// GitHub's own, so there is nothing to map, only names GitHub would reject to report).

export const repositoryWebhookEvents: ReadonlySet<string> = new Set([
  'branch_protection_configuration', 'branch_protection_rule', 'check_run', 'check_suite', 'code_scanning_alert',
  'commit_comment', 'create', 'delete', 'dependabot_alert', 'deploy_key', 'deployment', 'deployment_protection_rule',
  'deployment_review', 'deployment_status', 'discussion', 'discussion_comment', 'fork', 'gollum', 'issue_comment',
  'issue_dependencies', 'issues', 'label', 'member', 'merge_group', 'meta', 'milestone', 'package', 'page_build',
  'project', 'project_card', 'project_column', 'public', 'pull_request', 'pull_request_review',
  'pull_request_review_comment', 'pull_request_review_thread', 'push', 'registry_package', 'release', 'repository',
  'repository_advisory', 'repository_dispatch', 'repository_import', 'repository_ruleset',
  'repository_vulnerability_alert', 'secret_scanning_alert', 'secret_scanning_alert_location', 'secret_scanning_scan',
  'security_and_analysis', 'star', 'status', 'sub_issues', 'team_add', 'watch', 'workflow_dispatch', 'workflow_job',
  'workflow_run',
]);

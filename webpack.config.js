// The task-pane and on-send bundles arrive with the add-in issue; core and the CLI are built by tsc.
export default [];

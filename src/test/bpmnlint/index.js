// bpmnlint plugin "rectify" (.bpmnlintrc: "plugin:rectify/recommended").
module.exports = {
  configs: {
    recommended: {
      rules: {
        'element-templates': 'error',
      },
    },
  },
};

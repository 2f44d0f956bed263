import path from 'node:path';
import {normalizeUrl} from '@docusaurus/utils';
import {writeAtomically} from '../utils/files';
import {buildQuestionFeeds} from './feeds';
import {labelsFrom, translationFile} from './labels';
import {validateOptions} from './options';
import {feedPaths} from './paths';
import type {Catalogue} from '../catalogue/types';
import type {ForumContent} from '../forum';
import type {FeedContext} from './feeds';
import type {FeedLabels} from './labels';
import type {PluginOptions} from './options';
import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';

type Content = {labels: FeedLabels};

/**
 * Atom feeds of forum questions, so that experts hear of new questions in
 * their study group without visiting the site: the whole forum, each study
 * group (new and unanswered), each Recommendation. Written after the build;
 * every page's `<head>` names the feed of all questions.
 */
function questionFeedsPlugin(context: LoadContext, options: PluginOptions): Plugin<Content> {
  const {baseUrl, siteConfig, i18n} = context;
  const forumPath = normalizeUrl([baseUrl, 'forum']);
  // Taken in allContentLoaded (the forum's threads, the catalogue's ids), written in postBuild.
  let feedContext: FeedContext | undefined;
  let threads: ForumContent['threads'] = [];
  return {
    name: 'question-feeds',
    async loadContent() {
      return {labels: labelsFrom(undefined)};
    },
    getTranslationFiles: async () => [{path: 'labels', content: translationFile()}],
    translateContent: ({content, translationFiles}) => ({...content, labels: labelsFrom(translationFiles[0]?.content)}),
    async allContentLoaded({allContent}) {
      const {labels} = allContent['question-feeds']?.[options.id] as Content;
      const catalogue = allContent.catalogue?.default as Catalogue;
      threads = (allContent.forum?.default as ForumContent).threads;
      feedContext = {
        siteUrl: siteConfig.url,
        baseUrl,
        forumPath,
        studyGroups: catalogue.studyGroups.map((group) => group.id),
        recommendations: catalogue.recommendations.map((r) => r.id),
        labels,
        limit: options.limit,
        directionOf: (language) => i18n.localeConfigs[language]?.direction,
      };
    },
    injectHtmlTags: () => ({
      headTags: feedContext
        ? [{tagName: 'link', attributes: {rel: 'alternate', type: 'application/atom+xml', title: feedContext.labels.all, href: `${baseUrl}${feedPaths.all()}`}}]
        : [],
    }),
    async postBuild({outDir}) {
      if (!feedContext) return;
      const feeds = buildQuestionFeeds(threads, feedContext);
      await Promise.all(feeds.map((feed) => writeAtomically(path.join(outDir, feed.path), feed.xml)));
    },
  };
}

/** Docusaurus types a plugin module for any options; this one only receives what `validateOptions` returned. */
export default Object.assign(questionFeedsPlugin, {validateOptions}) as unknown as PluginModule;

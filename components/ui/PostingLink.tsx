import { isAmazonJobsUrl } from '../../core/amazon-jobs-url';

/**
 * A posting's address as a link, only when it is an https amazon.jobs URL. A record written before
 * that rule (or by hand) could hold `javascript:` or a look-alike site: it is shown as plain text,
 * marked, never as something to click.
 */
export function PostingLink({ url }: { url: string }) {
  if (!isAmazonJobsUrl(url)) {
    return (
      <span class="problem" data-unsafe-link="">
        Not an amazon.jobs address, so not linked: <bdi>{url}</bdi>
      </span>
    );
  }
  return (
    <a href={url} target="_blank" rel="noreferrer">
      {url}
    </a>
  );
}

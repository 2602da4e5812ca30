/**
 * title: Render hooks
 * description: Each part of a row can be replaced; a hook gets the message and the default node. Content that is not markdown, like this form, comes through `contentRender`.
 */
import { Button, Form, Input, Tag } from 'antd';
import { ProChat } from 'pro-chat-next';

import { t } from './_locale';

export default () => (
  <div style={{ height: 380 }}>
    <ProChat
      request={() => t('Thanks, got it.', '谢谢，收到了。')}
      initialChats={[{ id: 'f', role: 'assistant', content: 'form', createdAt: 1, updatedAt: 1, status: 'done', extra: { kind: 'form' } }]}
      chatItemRenderConfig={{
        titleRender: (props) => (props.primary ? undefined : <Tag color="blue">{t('assistant', '助手')}</Tag>),
        contentRender: (props, dom) =>
          props.originData.extra?.kind === 'form' ? (
            <Form layout="inline" onFinish={(v) => alert(JSON.stringify(v))}>
              <Form.Item name="city" label={t('City', '城市')}>
                <Input placeholder={t('Berlin', '北京')} />
              </Form.Item>
              <Button htmlType="submit" type="primary">
                {t('Book', '预订')}
              </Button>
            </Form>
          ) : (
            dom
          ),
      }}
      showTitle
      messageItemExtraRender={(message, type) =>
        type === 'assistant' ? <small>{t(`${message.content.length} characters`, `${message.content.length} 个字符`)}</small> : null
      }
    />
  </div>
);
